#include "sharedschemaexpiry.h"

#include "sharedschemaroles.h"

namespace routiq {

QStringList sharedExpiryMigration()
{
    return {
        migrationSql(R"sql(
CREATE OR REPLACE FUNCTION routiq_other_admins(p_name TEXT) RETURNS BIGINT LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp AS $$
    SELECT count(*) FROM public.accounts a
    JOIN pg_catalog.pg_roles u ON u.rolname = a.role_name
    JOIN pg_catalog.pg_auth_members m ON m.member = u.oid
    JOIN pg_catalog.pg_roles g ON g.oid = m.roleid
    WHERE g.rolname = 'routiq_admin' AND u.rolcanlogin AND u.rolname IS DISTINCT FROM p_name
      AND (u.rolvaliduntil IS NULL OR u.rolvaliduntil > now())
$$)sql"),
        migrationSql(R"sql(
CREATE FUNCTION routiq_set_account_expiry(p_name TEXT, p_until TIMESTAMPTZ) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM public.routiq_require_account(p_name);
    IF session_user <> current_user THEN
        PERFORM public.routiq_require_admin();
        IF p_until IS NOT NULL THEN
            PERFORM public.routiq_keep_an_admin(p_name);
        END IF;
    END IF;
    IF p_until IS NOT NULL AND p_until <= now() THEN
        RAISE EXCEPTION 'an account''s end must be in the future'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    EXECUTE format('ALTER ROLE %I VALID UNTIL %L', p_name,
                   CASE WHEN p_until IS NULL THEN 'infinity'
                        ELSE to_char(p_until AT TIME ZONE 'UTC',
                                     'YYYY-MM-DD"T"HH24:MI:SS.MS"+00"') END);
    INSERT INTO public.audit_log (action, object_id, detail)
        VALUES ('user.expiry', p_name, jsonb_build_object('until', p_until));
END $$)sql"),
        QStringLiteral("REVOKE ALL ON FUNCTION routiq_set_account_expiry(TEXT, TIMESTAMPTZ) FROM "
                       "PUBLIC"),
        QStringLiteral("GRANT EXECUTE ON FUNCTION routiq_set_account_expiry(TEXT, TIMESTAMPTZ) TO "
                       "routiq_admin"),
    };
}

} // namespace routiq
