<?php
require __DIR__ . '/include/session.php';
require __DIR__ . '/include/class.member.php';

if (isset($_SESSION['member_id'])) {
    $member = new Member((int) $_SESSION['member_id']);
    $member->signOut();
}
header('Location: index.php');
