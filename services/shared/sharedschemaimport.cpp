#include "sharedschemaimport.h"

#include "sharedschemaroles.h"

namespace routiq {

QStringList sharedImportMigration()
{
    const QString account = migrationSql(R"sql(
CREATE FUNCTION routiq_import_account(p_name TEXT, p_role TEXT, p_verifier TEXT,
                                      p_clinics TEXT[], p_login BOOLEAN, p_source TEXT)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_group TEXT := public.routiq_group_of(p_role);
BEGIN
    IF session_user <> current_user THEN
        RAISE EXCEPTION 'only the set-up role imports a folder' USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM public.routiq_require_new_account(p_name, p_verifier);
    EXECUTE format('CREATE ROLE %I %s INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE '
                   'NOREPLICATION PASSWORD %L IN ROLE %I',
                   p_name, CASE WHEN p_login THEN 'LOGIN' ELSE 'NOLOGIN' END, p_verifier, v_group);
    INSERT INTO public.accounts (role_name) VALUES (p_name);
    INSERT INTO public.account_clinics (role_name, clinic_id)
        SELECT DISTINCT p_name, c FROM unnest(coalesce(p_clinics, '{}')) AS c;
    INSERT INTO public.audit_log (action, object_id, detail)
        VALUES ('user.import', p_name, jsonb_build_object('role', p_role, 'clinics',
                to_jsonb(coalesce(p_clinics, '{}')), 'login', p_login, 'source', p_source));
END $$)sql");
    return {
        account,
        migrationSql(R"sql(
CREATE FUNCTION routiq_import_audit(p_at TIMESTAMPTZ, p_actor TEXT, p_action TEXT,
                                    p_clinic TEXT, p_object TEXT, p_detail JSONB)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF session_user <> current_user THEN
        RAISE EXCEPTION 'only the set-up role imports a folder' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_at IS NULL OR p_actor IS NULL OR jsonb_typeof(p_detail) IS DISTINCT FROM 'object' THEN
        RAISE EXCEPTION 'an imported entry has a time, an actor and an object detail'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM set_config('routiq.audit_import', 'on', true);
    INSERT INTO public.audit_log (at, actor, action, clinic_id, object_id, detail)
        VALUES (p_at, p_actor, p_action, p_clinic, coalesce(p_object, ''),
                p_detail || jsonb_build_object('imported', true));
    PERFORM set_config('routiq.audit_import', '', true);
END $$)sql"),
        // Migration 2's stamp, with the one exception above: the flag alone is not enough
        // (any session may set a custom setting), the signed-in role must own audit_log.
        migrationSql(R"sql(
CREATE OR REPLACE FUNCTION routiq_audit_stamp() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF current_setting('routiq.audit_import', true) = 'on'
       AND session_user = current_user
       AND session_user::text = (SELECT r.rolname FROM pg_catalog.pg_class c
                                 JOIN pg_catalog.pg_roles r ON r.oid = c.relowner
                                 WHERE c.oid = TG_RELID) THEN
        RETURN NEW;
    END IF;
    IF NEW.actor IS DISTINCT FROM session_user::text THEN
        RAISE EXCEPTION 'audit_log.actor is the signed-in role (%), set by the server',
            session_user USING ERRCODE = 'insufficient_privilege';
    END IF;
    NEW.at := clock_timestamp();
    RETURN NEW;
END $$)sql"),
        QStringLiteral("REVOKE ALL ON FUNCTION routiq_import_account(TEXT, TEXT, TEXT, TEXT[], "
                       "BOOLEAN, TEXT), routiq_import_audit(TIMESTAMPTZ, TEXT, TEXT, TEXT, TEXT, "
                       "JSONB) FROM PUBLIC"),
    };
}

} // namespace routiq
