<?php

function audit_login(string $username, bool $ok): void
{
    error_log(sprintf('[login] %s %s from %s', $username, $ok ? 'ok' : 'failed', $_SERVER['REMOTE_ADDR'] ?? '-'));
}

function fresh_session(): void
{
    session_regenerate_id(true);
}
