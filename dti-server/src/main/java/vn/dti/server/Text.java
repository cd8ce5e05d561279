package vn.dti.server;

import java.util.List;
import vn.dti.text.Localized;
import vn.dti.text.Message;

/**
 * Every text of the service's own that a person reads, as messages of the catalogue
 * ({@code vn/dti/server/messages*.properties}: Vietnamese, the default, and English), written in
 * the language the request asks for ({@code Accept-Language}) when the answer is made. The
 * library's messages, which name files, sheets, rows and columns, are passed through as the
 * library made them: they are the command line's words.
 */
final class Text {
    static final Message ZIP_SYMLINK = Message.of("server.zip.symlink");
    static final Message ZIP_ENCRYPTED = Message.of("server.zip.encrypted");
    static final Message ZIP_DUPLICATE = Message.of("server.zip.duplicate");
    static final Message ZIP_ABSOLUTE = Message.of("server.zip.absolute");
    static final Message ZIP_PARENT = Message.of("server.zip.parent");
    static final Message ZIP_CONTROL = Message.of("server.zip.control");

    private Text() {
    }

    /** Bytes as megabytes when they are whole ones ("10 MB"), else as bytes. */
    static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    // ------------------------------------------------------------------ start-up

    static Message adminPassword(String password) {
        return Message.of("server.start.adminPassword", password);
    }

    static Message adminPasswordNote() {
        return Message.of("server.start.adminPasswordNote");
    }

    static Message orphanStopped(String pid, String folder) {
        return Message.of("server.start.orphanStopped", pid, folder);
    }

    static Message stalePostmasterPid(String file, String pid) {
        return Message.of("server.start.stalePostmasterPid", file, pid);
    }

    static Message listening(String url) {
        return Message.of("server.start.listening", url);
    }

    // ------------------------------------------------------------------ requests

    static Message problemsFound(int n) {
        return Message.of("server.problem.several", n);
    }

    static Message busy() {
        return Message.of("server.problem.busy");
    }

    static Message noRoute(String method, String path) {
        return Message.of("server.problem.noRoute", method, path);
    }

    static Message internalError(String incident) {
        return Message.of("server.problem.internal", incident);
    }

    /** A library message about a file, named first ("cohort.json: …"). */
    static Message aboutFile(String file, Localized problem) {
        return Message.of("server.problem.aboutFile", file, problem);
    }

    /** A library message about a field of the form ("set 9.9=1: …"). */
    static Message aboutField(String field, Localized problem) {
        return Message.of("server.problem.aboutField", field, problem);
    }

    static Message tooLarge(String name, long size, long max) {
        return Message.of("server.limit.file", name, size, megabytes(max));
    }

    static Message requestTooLarge(long size, long max) {
        return Message.of("server.limit.route", size, megabytes(max));
    }

    static Message requestTooLarge(long max) {
        return Message.of("server.limit.request", megabytes(max));
    }

    static Message missingPart(String field) {
        return Message.of("server.form.missingPart", field);
    }

    static Message repeatedPart(String field) {
        return Message.of("server.form.repeatedPart", field);
    }

    static Message unreadablePart(String field) {
        return Message.of("server.form.unreadablePart", field);
    }

    static Message expectedJson() {
        return Message.of("server.form.expectedJson");
    }

    static Message expectedMultipart() {
        return Message.of("server.form.expectedMultipart");
    }

    static Message missingField(String field) {
        return Message.of("server.form.missingField", field);
    }

    static Message atLeast(String field, int least, String value) {
        return Message.of("server.form.atLeast", field, least, value);
    }

    static Message notAWholeNumber(String field, String value) {
        return Message.of("server.form.notAWholeNumber", field, value);
    }

    static Message oneOf(String field, String value, String... allowed) {
        return Message.of("server.form.oneOf", field, String.join(", ", allowed), value);
    }

    // ------------------------------------------------------------------ scoring and planning

    static Message noTargets() {
        return Message.of("server.plan.noTargets");
    }

    static Message targetNeedsCohort(String target) {
        return Message.of("server.plan.needsCohort", target);
    }

    static Message targetSaysNothing(String target, String why) {
        return Message.of("server.plan.saysNothing", target, why);
    }

    static Message cohortEvidenceMissing(String cohort, String file) {
        return Message.of("server.cohort.evidenceMissing", cohort, file);
    }

    // ------------------------------------------------------------------ methodologies

    static Message unknownMethodology(String name, MethodologyStore.Version active, List<String> bundled) {
        return Message.of("server.methodology.unknown", name, active.methodologyId(), active.version(), String.join(", ", bundled));
    }

    static Message versionInvalid(String version) {
        return Message.of("server.methodology.versionInvalid", version);
    }

    static Message folderOrTable() {
        return Message.of("server.methodology.folderOrTable");
    }

    static Message tableNotXlsx(String name, String methodologyId) {
        return Message.of("server.methodology.tableNotXlsx", name, methodologyId);
    }

    static Message noSuchTable(String name, String version, String table, List<String> tables) {
        return Message.of("server.methodology.noSuchTable", name, version, table, String.join(", ", tables));
    }

    static Message unknownVersion(String version) {
        return Message.of("server.methodology.unknownVersion", version);
    }

    static Message notReady(String version, long failed, int cases) {
        return Message.of("server.methodology.notReady", version, failed, cases);
    }

    static Message alreadyActive(String version) {
        return Message.of("server.methodology.alreadyActive", version);
    }

    static Message evidenceNotCompared(String evidence, Localized why) {
        return Message.of("server.methodology.evidenceNotCompared", evidence, why);
    }

    static Message notAZip(String name) {
        return Message.of("server.zip.notAZip", name);
    }

    static Message zipEntry(String name, String entry, Message why) {
        return Message.of("server.zip.entry", name, entry, why);
    }

    static Message tooManyEntries(String name, int n, int max) {
        return Message.of("server.zip.tooManyEntries", name, n, max);
    }

    static Message zipEntryTooLarge(String name, String entry, long max) {
        return Message.of("server.zip.entryTooLarge", name, entry, megabytes(max));
    }

    static Message zipExpandsTooMuch(String name, long max) {
        return Message.of("server.zip.expandsTooMuch", name, megabytes(max));
    }

    static Message zipBomb(String name, String entry, long ratio) {
        return Message.of("server.zip.bomb", name, entry, ratio);
    }

    // ------------------------------------------------------------------ the reporting year

    static Message unknownEntity(String id, List<vn.dti.api.Entity> known) {
        return known.isEmpty() ? Message.of("server.entity.unknownNone", id)
                : Message.of("server.entity.unknown", id, String.join(", ", known.stream().map(vn.dti.api.Entity::id).toList()));
    }

    static Message badEntityId(String id) {
        return Message.of("server.entity.badId", id);
    }

    static Message entityExists(String id) {
        return Message.of("server.entity.exists", id);
    }

    static Message reportedPeriod(String period) {
        return Message.of("server.period.reported", period);
    }

    static Message viewPeriod(String period) {
        return Message.of("server.period.view", period);
    }

    static Message noVersion(String agency, String number) {
        return Message.of("server.submission.noVersion", number, agency);
    }

    static Message unknownDocument(String sha256, String agency, int number) {
        return Message.of("server.submission.unknownDocument", number, agency, sha256);
    }

    static Message unknownCardView(String view) {
        return Message.of("server.card.unknownView", view);
    }

    static Message periodFinalised(String entity, String period) {
        return Message.of("server.period.finalised", period, entity);
    }

    static Message tooManyDocuments(int n, int max) {
        return Message.of("server.document.tooMany", n, max);
    }

    static Message documentsTooLarge(long total, long max) {
        return Message.of("server.document.tooLarge", total, megabytes(max));
    }

    static Message notADocument(String name) {
        return Message.of("server.document.notADocument", name);
    }

    static Message workbookWithMacros(String name, List<String> parts) {
        return Message.of("server.submission.macros", name, String.join(", ", parts));
    }

    static Message workbookWithLinks(String name, List<String> parts) {
        return Message.of("server.submission.links", name, String.join(", ", parts));
    }

    static Message unknownDecision(String id) {
        return Message.of("server.appraisal.unknownDecision", id);
    }

    static Message decisionWithdrawn(long id) {
        return Message.of("server.appraisal.withdrawn", String.valueOf(id));
    }

    // ------------------------------------------------------------------ accounts

    static Message signIn() {
        return Message.of("server.account.signIn");
    }

    static Message changePasswordFirst() {
        return Message.of("server.account.changePasswordFirst");
    }

    /** @param clerkOf the agency of a clerk (null for the other roles) */
    static Message notAllowed(String role, String clerkOf, String rule) {
        return clerkOf != null ? Message.of("server.account.notAllowedClerk", clerkOf, rule) : Message.of("server.account.notAllowed", role, rule);
    }

    static Message csrf() {
        return Message.of("server.account.csrf");
    }

    static Message bearerOnly() {
        return Message.of("server.account.bearerOnly");
    }

    static Message badToken() {
        return Message.of("server.account.badToken");
    }

    static Message wrongPassword() {
        return Message.of("server.account.wrongPassword");
    }

    /** A sign-in or password change whose body is not the JSON expected: said without quoting the body, which holds a password. */
    static Message credentialsNotJson() {
        return Message.of("server.account.credentialsNotJson");
    }

    static Message wrongCurrentPassword() {
        return Message.of("server.account.wrongCurrentPassword");
    }

    static Message tooManyAttempts(long minutes) {
        return Message.of("server.account.tooManyAttempts", minutes);
    }

    static Message tokenHasNoSession() {
        return Message.of("server.account.tokenHasNoSession");
    }

    static Message passwordTooShort(int min) {
        return Message.of("server.account.passwordTooShort", min);
    }

    static Message passwordLikeName() {
        return Message.of("server.account.passwordLikeName");
    }

    static Message badAccountName(String name) {
        return Message.of("server.account.badName", name);
    }

    static Message accountExists(String name) {
        return Message.of("server.account.exists", name);
    }

    static Message unknownAccount(String name) {
        return Message.of("server.account.unknown", name);
    }

    static Message unknownRole(String role, List<String> roles) {
        return Message.of("server.account.unknownRole", role, String.join(", ", roles));
    }

    static Message cannotDisableSelf() {
        return Message.of("server.account.cannotDisableSelf");
    }

    static Message badTokenName() {
        return Message.of("server.account.badTokenName");
    }

    static Message unknownToken(String id) {
        return Message.of("server.account.unknownToken", id);
    }

    static Message officerManagesClerks() {
        return Message.of("server.account.officerManagesClerks");
    }

    static Message agencyOnlyForClerks() {
        return Message.of("server.account.agencyOnlyForClerks");
    }

    static Message clerkNeedsAgency() {
        return Message.of("server.account.clerkNeedsAgency");
    }

    static Message groupIsNoAgency(String group, List<String> members) {
        return Message.of("server.account.groupIsNoAgency", group, String.join(", ", members));
    }
}
