<?php

function clear_login_cookie(): void
{
    setcookie(session_name(), '', time() - 3600, '/');
}

function destroy_login(): void
{
    $_SESSION = [];
    clear_login_cookie();
    session_destroy();
}
