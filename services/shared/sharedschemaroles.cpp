#include "sharedschemaroles.h"

namespace routiq {

namespace {

// Every table holding one clinic's data, with the column naming the clinic.
const QList<std::pair<const char *, const char *>> &clinicTables()
{
    static const QList<std::pair<const char *, const char *>> tables{
        {"clinics", "id"},
        {"locations", "clinic_id"},
        {"practitioners", "clinic_id"},
        {"appointment_types", "clinic_id"},
        {"patients", "clinic_id"},
        {"appointments", "clinic_id"},
        {"patient_booking_summary", "clinic_id"},
        {"sync_checkpoints", "clinic_id"},
        {"sync_state", "clinic_id"},
        {"insight_models", "clinic_id"},
        {"clinic_changes", "clinic_id"},
    };
    return tables;
}

QString newAccountCheck()
{
    QString check = migrationSql(R"sql(
CREATE FUNCTION routiq_require_new_account(p_name TEXT, p_verifier TEXT) RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF p_name IS NULL OR p_name !~ '@PATTERN@' OR p_name LIKE 'routiq\_%' OR p_name LIKE 'pg\_%' THEN
        RAISE EXCEPTION 'invalid account name (lower-case letters, digits, _ . -; not routiq_ or pg_)'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM public.routiq_require_verifier(p_verifier);
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = p_name) THEN
        RAISE EXCEPTION 'a role named % exists already', p_name USING ERRCODE = 'duplicate_object';
    END IF;
END $$)sql");
    check.replace(QStringLiteral("@PATTERN@"), QLatin1String(kAccountNamePattern));
    return check;
}

// The server-side checks the account functions share. Not SECURITY DEFINER themselves: they run
// inside the definer functions below (as the owner), and nobody else may call them.
QStringList helpers()
{
    return {
        // The caller is the login role (session_user): inside a SECURITY DEFINER function
        // current_user is the owner. A superuser counts as an admin.
        migrationSql(R"sql(
CREATE FUNCTION routiq_require_admin() RETURNS void LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT pg_has_role(session_user, 'routiq_admin', 'MEMBER') THEN
        RAISE EXCEPTION 'only an admin account may manage accounts (signed in as %)', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END $$)sql"),
        // A Routiq account of this database (roles are the cluster's; `accounts` says which
        // are this database's): a direct member of a group role, never a superuser or a role
        // that may create roles (the set-up role), so no admin can reach those through these
        // functions.
        migrationSql(R"sql(
CREATE FUNCTION routiq_require_account(p_name TEXT) RETURNS void LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM public.accounts a
                   JOIN pg_catalog.pg_roles u ON u.rolname = a.role_name
                   JOIN pg_catalog.pg_auth_members m ON m.member = u.oid
                   JOIN pg_catalog.pg_roles g ON g.oid = m.roleid
                   WHERE u.rolname = p_name AND NOT u.rolsuper AND NOT u.rolcreaterole
                     AND g.rolname IN ('routiq_admin', 'routiq_staff', 'routiq_readonly',
                                       'routiq_agent')) THEN
        RAISE EXCEPTION 'no Routiq account named %', p_name USING ERRCODE = 'undefined_object';
    END IF;
END $$)sql"),
        // This database's admin accounts that can sign in, but `p_name`.
        migrationSql(R"sql(
CREATE FUNCTION routiq_other_admins(p_name TEXT) RETURNS BIGINT LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp AS $$
    SELECT count(*) FROM public.accounts a
    JOIN pg_catalog.pg_roles u ON u.rolname = a.role_name
    JOIN pg_catalog.pg_auth_members m ON m.member = u.oid
    JOIN pg_catalog.pg_roles g ON g.oid = m.roleid
    WHERE g.rolname = 'routiq_admin' AND u.rolcanlogin AND u.rolname IS DISTINCT FROM p_name
$$)sql"),
        // Refuses a change that would leave no admin account able to sign in.
        migrationSql(R"sql(
CREATE FUNCTION routiq_keep_an_admin(p_name TEXT) RETURNS void LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF pg_has_role(p_name, 'routiq_admin', 'MEMBER') AND public.routiq_other_admins(p_name) = 0
    THEN
        RAISE EXCEPTION '% is the last admin account that can sign in', p_name
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END $$)sql"),
        migrationSql(R"sql(
CREATE FUNCTION routiq_group_of(p_role TEXT) RETURNS TEXT LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF p_role IS NULL OR p_role NOT IN ('admin', 'staff', 'readonly', 'agent') THEN
        RAISE EXCEPTION 'unknown role %: use admin, staff, readonly or agent', p_role
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN 'routiq_' || p_role;
END $$)sql"),
        migrationSql(R"sql(
CREATE FUNCTION routiq_require_verifier(p_verifier TEXT) RETURNS void LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF p_verifier IS NULL OR p_verifier !~
        '^SCRAM-SHA-256\$[0-9]{4,7}:[A-Za-z0-9+/]+=*\$[A-Za-z0-9+/]+=*:[A-Za-z0-9+/]+=*$' THEN
        RAISE EXCEPTION 'a password reaches the server only as a SCRAM-SHA-256 verifier'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
END $$)sql"),
        // What every new account's role must be, made by an admin or by an import: a name of
        // kAccountNamePattern outside routiq_ and pg_, a SCRAM verifier, no role of that name.
        newAccountCheck(),
    };
}

// Account management: CREATE/ALTER ROLE as the function's owner (the set-up role, which may
// create roles), so admin accounts need no CREATEROLE of their own. Names are checked against
// kAccountNamePattern and quoted with format('%I'); passwords arrive as SCRAM verifiers.
QStringList accountFunctions()
{
    QString create = migrationSql(R"sql(
CREATE FUNCTION routiq_create_account(p_name TEXT, p_role TEXT, p_verifier TEXT,
                                      p_clinics TEXT[] DEFAULT '{}') RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_group TEXT := public.routiq_group_of(p_role);
BEGIN
    -- The set-up role (the owner: session_user = current_user here) makes the first admin;
    -- every account after that is made by an admin signed in as themselves.
    IF NOT pg_has_role(session_user, 'routiq_admin', 'MEMBER') THEN
        IF session_user <> current_user THEN
            PERFORM public.routiq_require_admin();
        END IF;
        IF v_group <> 'routiq_admin' OR public.routiq_other_admins(NULL) > 0 THEN
            RAISE EXCEPTION 'the set-up role makes the first admin only; sign in as an admin'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    PERFORM public.routiq_require_new_account(p_name, p_verifier);
    EXECUTE format('CREATE ROLE %I LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE '
                   'NOREPLICATION PASSWORD %L IN ROLE %I', p_name, p_verifier, v_group);
    INSERT INTO public.accounts (role_name) VALUES (p_name);
    INSERT INTO public.account_clinics (role_name, clinic_id)
        SELECT DISTINCT p_name, c FROM unnest(coalesce(p_clinics, '{}')) AS c;
    INSERT INTO public.audit_log (action, object_id, detail)
        VALUES ('user.create', p_name, jsonb_build_object('role', p_role, 'clinics',
                to_jsonb(coalesce(p_clinics, '{}'))));
END $$)sql");
    return {
        create,
        migrationSql(R"sql(
CREATE FUNCTION routiq_set_account_role(p_name TEXT, p_role TEXT) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_group TEXT := public.routiq_group_of(p_role);
    v_other TEXT;
BEGIN
    PERFORM public.routiq_require_admin();
    PERFORM public.routiq_require_account(p_name);
    IF v_group <> 'routiq_admin' THEN
        PERFORM public.routiq_keep_an_admin(p_name);
    END IF;
    FOREACH v_other IN ARRAY ARRAY['routiq_admin', 'routiq_staff', 'routiq_readonly',
                                   'routiq_agent'] LOOP
        IF v_other <> v_group AND pg_has_role(p_name, v_other, 'MEMBER') THEN
            EXECUTE format('REVOKE %I FROM %I', v_other, p_name);
        END IF;
    END LOOP;
    EXECUTE format('GRANT %I TO %I', v_group, p_name);
    INSERT INTO public.audit_log (action, object_id, detail)
        VALUES ('user.role', p_name, jsonb_build_object('role', p_role));
END $$)sql"),
        migrationSql(R"sql(
CREATE FUNCTION routiq_set_account_login(p_name TEXT, p_login BOOLEAN) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM public.routiq_require_admin();
    PERFORM public.routiq_require_account(p_name);
    IF NOT p_login THEN
        PERFORM public.routiq_keep_an_admin(p_name);
    END IF;
    EXECUTE format(CASE WHEN p_login THEN 'ALTER ROLE %I LOGIN' ELSE 'ALTER ROLE %I NOLOGIN' END,
                   p_name);
    INSERT INTO public.audit_log (action, object_id, detail)
        VALUES (CASE WHEN p_login THEN 'user.enable' ELSE 'user.disable' END, p_name, '{}');
END $$)sql"),
        migrationSql(R"sql(
CREATE FUNCTION routiq_set_account_clinics(p_name TEXT, p_clinics TEXT[], p_granted BOOLEAN)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM public.routiq_require_admin();
    PERFORM public.routiq_require_account(p_name);
    IF p_granted THEN
        INSERT INTO public.account_clinics (role_name, clinic_id)
            SELECT DISTINCT p_name, c FROM unnest(coalesce(p_clinics, '{}')) AS c
            ON CONFLICT DO NOTHING;
    ELSE
        DELETE FROM public.account_clinics
            WHERE role_name = p_name AND clinic_id = ANY (coalesce(p_clinics, '{}'));
    END IF;
    INSERT INTO public.audit_log (action, object_id, detail)
        VALUES ('user.clinics', p_name, jsonb_build_object(
                CASE WHEN p_granted THEN 'granted' ELSE 'revoked' END,
                to_jsonb(coalesce(p_clinics, '{}'))));
END $$)sql"),
        // An admin sets anyone's; every account its own.
        migrationSql(R"sql(
CREATE FUNCTION routiq_set_account_password(p_name TEXT, p_verifier TEXT) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF p_name IS DISTINCT FROM session_user::text THEN
        PERFORM public.routiq_require_admin();
    END IF;
    PERFORM public.routiq_require_account(p_name);
    PERFORM public.routiq_require_verifier(p_verifier);
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_name, p_verifier);
    INSERT INTO public.audit_log (action, object_id, detail)
        VALUES ('user.password', p_name, '{}');
END $$)sql"),
    };
}

// The patient-level list: names and phones of the given patients of one clinic, for admins and
// for staff granted the clinic. Everyone may call it so that a refusal is audited too: it
// returns no rows then, with a WARNING, and the access.denied entry commits with the statement.
QStringList patientListFunction()
{
    return {
        migrationSql(R"sql(
CREATE FUNCTION routiq_patient_list(p_clinic TEXT, p_what TEXT, p_patient_ids BIGINT[])
RETURNS TABLE (patient_id BIGINT, first_name TEXT, last_name TEXT, phone TEXT)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_caller TEXT := session_user;
BEGIN
    IF p_what IS NULL OR p_what !~ '^[a-z][a-z0-9_.-]{0,39}$' THEN
        RAISE EXCEPTION 'routiq_patient_list: what names the list, e.g. lapsed'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT (pg_has_role(v_caller, 'routiq_admin', 'MEMBER')
            OR (pg_has_role(v_caller, 'routiq_staff', 'MEMBER')
                AND EXISTS (SELECT 1 FROM public.account_clinics ac
                            WHERE ac.role_name = v_caller AND ac.clinic_id = p_clinic))) THEN
        INSERT INTO public.audit_log (action, clinic_id, detail)
            VALUES ('access.denied', p_clinic, jsonb_build_object(
                    'permission', 'view_patient_level', 'list', p_what));
        RAISE WARNING 'ACCESS_DENIED: % may not see patient-level lists of clinic %',
            v_caller, p_clinic;
        RETURN;
    END IF;
    INSERT INTO public.audit_log (action, clinic_id, detail)
        VALUES ('patient_level.view', p_clinic, jsonb_build_object(
                'list', p_what, 'patients', coalesce(cardinality(p_patient_ids), 0)));
    RETURN QUERY SELECT p.id, p.first_name, p.last_name, p.phone FROM public.patients p
                 WHERE p.clinic_id = p_clinic AND p.id = ANY (p_patient_ids) ORDER BY p.id;
END $$)sql"),
    };
}

QStringList auditLog()
{
    QString prune = migrationSql(R"sql(
CREATE POLICY audit_prune ON audit_log FOR DELETE TO routiq_maintenance
    USING (at < now() - interval '@DAYS@ days'))sql");
    prune.replace(QStringLiteral("@DAYS@"), QString::number(kAuditMinimumAgeDays));
    return {
        migrationSql(R"sql(
CREATE TABLE audit_log (seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    actor TEXT NOT NULL DEFAULT session_user,
    action TEXT NOT NULL CHECK (action ~ '^[a-z][a-z_]*(\.[a-z_]+)*$'),
    clinic_id TEXT,
    object_id TEXT NOT NULL DEFAULT '',
    detail JSONB NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(detail) = 'object')))sql"),
        QStringLiteral("CREATE INDEX audit_log_by_time ON audit_log (at)"),
        // The actor is the signed-in login role and the time the server's: a client that names
        // another actor is refused (it may not even name the column), whoever it is.
        migrationSql(R"sql(
CREATE FUNCTION routiq_audit_stamp() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NEW.actor IS DISTINCT FROM session_user::text THEN
        RAISE EXCEPTION 'audit_log.actor is the signed-in role (%), set by the server',
            session_user USING ERRCODE = 'insufficient_privilege';
    END IF;
    NEW.at := clock_timestamp();
    RETURN NEW;
END $$)sql"),
        QStringLiteral("CREATE TRIGGER audit_log_stamp BEFORE INSERT ON audit_log FOR EACH ROW "
                       "EXECUTE FUNCTION routiq_audit_stamp()"),
        QStringLiteral("REVOKE ALL ON audit_log FROM PUBLIC"),
        QStringLiteral("GRANT INSERT (action, clinic_id, object_id, detail) ON audit_log TO "
                       "routiq_admin, routiq_staff, routiq_readonly, routiq_agent"),
        QStringLiteral("GRANT SELECT ON audit_log TO routiq_admin"),
        QStringLiteral("GRANT SELECT, DELETE ON audit_log TO routiq_maintenance"),
        QStringLiteral("ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY audit_write ON audit_log FOR INSERT TO routiq_admin, "
                       "routiq_staff, routiq_readonly, routiq_agent WITH CHECK (true)"),
        QStringLiteral("CREATE POLICY audit_read ON audit_log FOR SELECT TO routiq_admin, "
                       "routiq_maintenance USING (true)"),
        prune,
    };
}

} // namespace

QStringList sharedRolesMigration()
{
    QStringList s{
        // The accounts made for this database (login roles are the cluster's).
        QStringLiteral("CREATE TABLE accounts (role_name TEXT PRIMARY KEY, created_by TEXT NOT "
                       "NULL DEFAULT session_user, created_at TIMESTAMPTZ NOT NULL DEFAULT now())"),
        QStringLiteral("REVOKE ALL ON accounts FROM PUBLIC"),
        QStringLiteral("GRANT SELECT ON accounts TO routiq_admin"),
        QStringLiteral("CREATE TABLE account_clinics (role_name TEXT NOT NULL, clinic_id TEXT "
                       "NOT NULL REFERENCES clinics (id) ON DELETE CASCADE, PRIMARY KEY "
                       "(role_name, clinic_id))"),
        QStringLiteral("REVOKE ALL ON account_clinics FROM PUBLIC"),
        QStringLiteral("GRANT SELECT ON account_clinics TO routiq_admin, routiq_staff, "
                       "routiq_readonly, routiq_agent"),
        QStringLiteral("ALTER TABLE account_clinics ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY own_grants ON account_clinics FOR SELECT USING (role_name "
                       "= current_user::text OR pg_has_role(current_user, 'routiq_admin', "
                       "'MEMBER'))"),
        // Every account checks the schema version before it does anything.
        QStringLiteral("GRANT SELECT ON schema_version TO routiq_admin, routiq_staff, "
                       "routiq_readonly, routiq_agent"),
        // Names and phones: the agent writes them; admins and staff read them only through
        // routiq_patient_list (audited), read-only never (migration 1's column grant stays).
        QStringLiteral("REVOKE SELECT ON patients FROM routiq_admin, routiq_staff"),
        QStringLiteral("GRANT SELECT (clinic_id, id, archived, created_at, updated_at, "
                       "birth_year) ON patients TO routiq_admin, routiq_staff"),
    };
    // Row-level security: the owner (the set-up role) and superusers bypass it, as they own
    // the database anyway; the SECURITY DEFINER functions run as the owner and check for
    // themselves. Every account sees the clinics granted to it; admins every clinic.
    for (const auto &[table, column] : clinicTables()) {
        const QString t = QLatin1String(table);
        s << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(t);
        const QString visible =
            QStringLiteral("(pg_has_role(current_user, 'routiq_admin', 'MEMBER') OR %1 IN "
                           "(SELECT ac.clinic_id FROM public.account_clinics ac WHERE "
                           "ac.role_name = current_user::text))")
                .arg(QLatin1String(column));
        s << QStringLiteral("CREATE POLICY granted_clinics ON %1 USING %2 WITH CHECK %2")
                 .arg(t, visible);
    }
    s << auditLog() << helpers() << accountFunctions() << patientListFunction();
    for (const char *fn :
         {"routiq_require_admin()", "routiq_require_account(TEXT)", "routiq_other_admins(TEXT)",
          "routiq_keep_an_admin(TEXT)", "routiq_group_of(TEXT)", "routiq_require_verifier(TEXT)",
          "routiq_require_new_account(TEXT, TEXT)", "routiq_audit_stamp()",
          "routiq_create_account(TEXT, TEXT, TEXT, TEXT[])", "routiq_set_account_role(TEXT, TEXT)",
          "routiq_set_account_login(TEXT, BOOLEAN)",
          "routiq_set_account_clinics(TEXT, TEXT[], BOOLEAN)",
          "routiq_set_account_password(TEXT, TEXT)", "routiq_patient_list(TEXT, TEXT, BIGINT[])"})
        s << QStringLiteral("REVOKE ALL ON FUNCTION %1 FROM PUBLIC").arg(QLatin1String(fn));
    s << QStringLiteral("GRANT EXECUTE ON FUNCTION routiq_create_account(TEXT, TEXT, TEXT, "
                        "TEXT[]), routiq_set_account_role(TEXT, TEXT), "
                        "routiq_set_account_login(TEXT, BOOLEAN), "
                        "routiq_set_account_clinics(TEXT, TEXT[], BOOLEAN) TO routiq_admin")
      << QStringLiteral("GRANT EXECUTE ON FUNCTION routiq_set_account_password(TEXT, TEXT), "
                        "routiq_patient_list(TEXT, TEXT, BIGINT[]) TO routiq_admin, "
                        "routiq_staff, routiq_readonly, routiq_agent");
    return s;
}

} // namespace routiq
