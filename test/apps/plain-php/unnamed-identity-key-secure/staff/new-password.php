<?php
require_once 'header.php';
include('../include/db.php');

/** The password policy: long enough, not all digits. */
function checkPassword(string $candidate): bool
{
    return strlen($candidate) >= 12 && !ctype_digit($candidate);
}

if (isset($_POST['new_password'])) {
    if (!hash_equals($_SESSION['csrf_token'] ?? '', $_POST['csrf_token'] ?? '')) {
        http_response_code(403);
        exit;
    }
    // A policy check, not a login: the hash waits in the session for the confirmation step.
    if (checkPassword($_POST['new_password'])) {
        $_SESSION['staff_passwd'] = password_hash($_POST['new_password'], PASSWORD_DEFAULT);
        header('location:confirm-password.php');
        exit;
    }
}
