<?php
include 'templates/header.php';
// expect: session-destroy-on-logout
unset($_SESSION['user_id']);
?>
<p>You are signed out.</p>
