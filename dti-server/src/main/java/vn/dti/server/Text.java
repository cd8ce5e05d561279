package vn.dti.server;

import java.util.List;

/**
 * Every text of the service's own that a person reads (problems, the start-up lines), in one place
 * so that it moves whole into the message catalogue (issue 20). The library's messages, which name
 * files, sheets, rows and columns, are passed through unchanged: they are the command line's words.
 */
final class Text {
    static final String ZIP_SYMLINK = "a symbolic link; a methodology folder holds files only";
    static final String ZIP_ENCRYPTED = "encrypted; zip the folder without a password";
    static final String ZIP_DUPLICATE = "a second entry of the same name";
    static final String ZIP_ABSOLUTE = "an absolute path; the entries of a folder's zip are relative to it";
    static final String ZIP_PARENT = "a path with '..' in it, which points outside the folder";
    static final String ZIP_CONTROL = "a control character in its name";

    private Text() {
    }

    // ------------------------------------------------------------------ start-up

    static String adminPassword(String password) {
        return "admin password: " + password;
    }

    static String adminPasswordNote() {
        return "(the one-time password of the account 'admin', shown only now: sign in with it and choose a new one)";
    }

    static String listening(String url) {
        return "listening on " + url;
    }

    // ------------------------------------------------------------------ requests

    static String problemsFound(int n) {
        return n + " problems; each is listed under \"problems\".";
    }

    static String noRoute(String method, String path) {
        return "No route " + method + " " + path + ". The routes are listed in /api/v1/openapi.json.";
    }

    static String internalError(String incident) {
        return "An internal error (incident " + incident + "). This is a bug in dti; the server's log has the details under this incident.";
    }

    static String sentence(String message) {
        String m = message.stripTrailing();
        return m.endsWith(".") ? m : m + ".";
    }

    static String tooLarge(String name, long size, long max) {
        return name + ": " + size + " bytes, larger than the " + megabytes(max) + " this upload may have. (Not read.)";
    }

    static String requestTooLarge(long size, long max) {
        return "The request has " + size + " bytes, more than the " + megabytes(max) + " this route accepts. (Not read.)";
    }

    static String requestTooLarge(long max) {
        return "The request is larger than the " + megabytes(max) + " the service accepts. (Not read.)";
    }

    static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    static String missingPart(String field) {
        return "The form has no part '" + field + "'; send the file as the part named " + field + ".";
    }

    static String repeatedPart(String field) {
        return "The form has the part '" + field + "' more than once; send one.";
    }

    static String unreadablePart(String field) {
        return "The part '" + field + "' could not be read; send it again.";
    }

    static String expectedJson() {
        return "Send a JSON object (Content-Type: application/json).";
    }

    static String expectedMultipart() {
        return "Send a form (Content-Type: multipart/form-data) whose parts are the files, named as the command line's options "
                + "(evidence, cohort, targets, …).";
    }

    static String missingField(String field) {
        return "The request has no \"" + field + "\".";
    }

    static String atLeast(String field, int least, String value) {
        return field + " must be at least " + least + "; got [" + value + "].";
    }

    static String notAWholeNumber(String field, String value) {
        return field + " must be a whole number; got [" + value + "].";
    }

    static String oneOf(String field, String value, String... allowed) {
        return field + " must be one of " + String.join(", ", allowed) + "; got [" + value + "].";
    }

    // ------------------------------------------------------------------ scoring and planning

    static String noTargets() {
        return "Give at least one target (a field target=total>=800) or a targets file (the part targets).";
    }

    static String targetNeedsCohort(String target) {
        return "target " + target + " needs a cohort (the part cohort): a rank is a place in a cohort.";
    }

    static String targetSaysNothing(String target, String why) {
        return "target " + target + " constrains nothing in the cohort sent: " + why + ". Send that cohort, or leave the target out.";
    }

    static String cohortEvidenceMissing(String cohort, String file) {
        return cohort + " gives an entity by \"evidenceFile\": \"" + file + "\", which was not sent; send it as a part named cohortEvidence "
                + "with the file name " + file + ".";
    }

    // ------------------------------------------------------------------ methodologies

    static String unknownMethodology(String name, MethodologyStore.Version active, List<String> bundled) {
        return "No methodology [" + name + "]: give the active methodology's id (" + active.methodologyId() + ") or version (" + active.version()
                + "), a stored version, or a bundled id (" + String.join(", ", bundled) + ").";
    }

    static String versionInvalid(String version) {
        return "Methodology version " + version + " did not pass its checks; it scores nothing (see its problems).";
    }

    static String notAZip(String name) {
        return name + ": is not a zip file. Zip the methodology folder (methodology.json, its rule files, tables and tests/) and send the zip.";
    }

    static String zipEntry(String name, String entry, String why) {
        return name + ": entry [" + entry + "]: " + why + ". Nothing was read.";
    }

    static String tooManyEntries(String name, int n, int max) {
        return name + ": " + n + " entries, more than the " + max + " a methodology folder may have. (Not read.)";
    }

    static String zipEntryTooLarge(String name, String entry, long max) {
        return name + ": entry [" + entry + "] expands past " + megabytes(max) + ", more than a methodology file may have. (Not read.)";
    }

    static String zipExpandsTooMuch(String name, long max) {
        return name + ": its files expand past " + megabytes(max) + " in all, more than a methodology folder may have. (Not read.)";
    }

    static String zipBomb(String name, String entry, long ratio) {
        return name + ": entry [" + entry + "] expands more than " + ratio + " times; refused as a zip bomb. (Not read.)";
    }

    // ------------------------------------------------------------------ accounts

    static String signIn() {
        return "Sign in first (POST /api/v1/session), or send an API token (Authorization: Bearer …).";
    }

    static String changePasswordFirst() {
        return "This account has a one-time password: change it first (PUT /api/v1/session/password).";
    }

    /** @param clerkOf the agency of a clerk (null for the other roles) */
    static String notAllowed(String role, String clerkOf, String rule) {
        String who = clerkOf != null ? "a clerk of " + clerkOf : "the role " + role;
        return "Not allowed for " + who + ": this is for " + rule + ".";
    }

    static String csrf() {
        return "The CSRF token is missing or wrong: send the session's token (from POST or GET /api/v1/session) in the header X-CSRF-Token, "
                + "or in a form's field csrf.";
    }

    static String bearerOnly() {
        return "The Authorization header takes an API token: Authorization: Bearer dti_….";
    }

    static String badToken() {
        return "This API token is unknown or was revoked.";
    }

    static String wrongPassword() {
        return "The account name or the password is wrong.";
    }

    static String wrongCurrentPassword() {
        return "The current password is wrong.";
    }

    static String tooManyAttempts(long minutes) {
        return "Too many failed sign-ins; try again in " + minutes + (minutes == 1 ? " minute." : " minutes.");
    }

    static String tokenHasNoSession() {
        return "An API token has no session and no password.";
    }

    static String passwordTooShort(int min) {
        return "A password has at least " + min + " characters; a few words make a good one.";
    }

    static String passwordLikeName() {
        return "The new password may not be the account's name or the current password.";
    }

    static String badAccountName(String name) {
        return "Account name [" + name + "]: 2 to 63 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit (e.g. cong-an-tinh).";
    }

    static String accountExists(String name) {
        return "An account named " + name + " exists.";
    }

    static String unknownAccount(String name) {
        return "No account named [" + name + "].";
    }

    static String unknownRole(String role, List<String> roles) {
        return "Unknown role [" + role + "]; the roles are " + String.join(", ", roles) + ".";
    }

    static String cannotDisableSelf() {
        return "An account cannot disable itself.";
    }

    static String badTokenName() {
        return "Name the token after the system that uses it (1 to 100 characters).";
    }

    static String unknownToken(String id) {
        return "No API token [" + id + "].";
    }

    static String officerManagesClerks() {
        return "An officer manages the agencies' clerks; the other accounts are the admin's.";
    }

    static String agencyOnlyForClerks() {
        return "Only a clerk is bound to an agency; leave \"agency\" out for the other roles.";
    }

    static String clerkNeedsAgency() {
        return "A clerk is bound to one agency: give \"agency\", as the methodology names it (e.g. \"Công an tỉnh\").";
    }

    static String groupIsNoAgency(String group, List<String> members) {
        return "agency: " + group + " is a group of agencies, not one agency; bind the clerk to one of its members (" + String.join(", ", members) + ").";
    }
}
