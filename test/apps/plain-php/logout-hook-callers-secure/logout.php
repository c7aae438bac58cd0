<?php
require __DIR__ . '/include/session.php';
require __DIR__ . '/include/class.member.php';

if (isset($_SESSION['member_id'])) {
    $member = new Member((int) $_SESSION['member_id']);
    $member->signOut();
}
session_unset();
$params = session_get_cookie_params();
setcookie(session_name(), '', time() - 42000, $params['path'], $params['domain'], $params['secure'], $params['httponly']);
session_destroy();
header('Location: index.php');
