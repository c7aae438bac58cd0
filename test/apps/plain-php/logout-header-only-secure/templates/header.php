<?php
session_start();
$user = $_SESSION['user_id'] ?? null;
?>
<header><a href="/">Home</a></header>
