<?php
// Before the login: sends the verification code again to the address the reset form stored.
// ok: csrf
session_start();
include_once(__DIR__ . '/../includes/db.php');

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $email = $_SESSION['user_email'] ?? '';
    $code = random_int(10000, 99999);
    pg_query_params($db_connection, 'UPDATE repo_user SET verification_code = $1 WHERE email = $2', [password_hash((string) $code, PASSWORD_DEFAULT), $email]);
    $_SESSION['verification_code'] = password_hash((string) $code, PASSWORD_DEFAULT);
    mail($email, ucfirst($_SESSION['user_name'] ?? '') . ', here is your code', "Your code: $code");
    header('Location: ../user_verify.php');
    exit;
}
