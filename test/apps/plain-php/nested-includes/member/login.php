<?php
require '../inc/bootstrap.php';

$email = filter_input(INPUT_POST, 'email', FILTER_VALIDATE_EMAIL);
$password = (string) filter_input(INPUT_POST, 'password');
if ($email) {
    $stmt = $pdo->prepare('SELECT id, pass FROM members WHERE email = ?');
    $stmt->execute([$email]);
    $member = $stmt->fetch();
    if ($member && password_verify($password, $member['pass'])) {
        // expect: session-regenerate-on-login
        rotate_session_id();
        $_SESSION['member_id'] = $member['id'];
        header('Location: /member/');
        exit;
    }
}
