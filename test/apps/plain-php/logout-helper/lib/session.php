<?php

function start_app_session(): void
{
    session_start([
        'cookie_httponly' => true,
        'cookie_secure' => true,
        'cookie_samesite' => 'Lax',
        'use_strict_mode' => true,
    ]);
}

function end_user_session(): void
{
    session_unset();
}
