<?php
// One token per session, put into every form and checked on every POST.
function csrf_field(): string
{
    $_SESSION['csrf_token'] ??= bin2hex(random_bytes(32));
    return '<input type="hidden" name="csrf_token" value="' . $_SESSION['csrf_token'] . '">';
}

function check_token(): void
{
    if (!hash_equals($_SESSION['csrf_token'] ?? '', (string) ($_POST['csrf_token'] ?? ''))) {
        http_response_code(403);
        exit('Invalid form token.');
    }
}
