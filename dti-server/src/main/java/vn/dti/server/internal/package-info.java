/**
 * What the page templates ({@code src/main/jte}, precompiled into {@code vn.dti.server.internal.jte})
 * are given to show: the page's frame and its words, and one view per page. Public only because the
 * generated template classes live in a package of their own; not an API.
 */
package vn.dti.server.internal;
