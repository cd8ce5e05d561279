/**
 * The province's DTI service, {@code dti serve}: an HTTP API under {@code /api/v1} (described by
 * the OpenAPI document at {@code /api/v1/openapi.json}) over the library, with its record in
 * PostgreSQL, accounts and roles. Start from {@link vn.dti.server.DtiServer} and
 * {@link vn.dti.server.ServerOptions}; everything else in the package is the service's own and not
 * API. docs/server.md describes the service.
 */
package vn.dti.server;
