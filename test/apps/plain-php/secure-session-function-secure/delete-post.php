<?php
include_once 'includes/db_connect.php';
include_once 'includes/functions.php';

sec_session_start();
if (!login_check($mysqli)) {
    header('Location: index.php?error=1');
    exit();
}

if ($_SERVER['REQUEST_METHOD'] === 'POST' && isset($_POST['post_id'])) {
    $stmt = $mysqli->prepare('DELETE FROM posts WHERE id = ? AND member_id = ?');
    $stmt->bind_param('ii', $_POST['post_id'], $_SESSION['user_id']);
    $stmt->execute();
    header('Location: protected_page.php');
    exit();
}
