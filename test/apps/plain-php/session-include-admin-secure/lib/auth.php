<?php
// Admin pages: strangers go to the login page.
if (!isset($_SESSION['user']) || $_SESSION['user']['role'] !== 'admin') {
    header('Location: ../connection.php');
    exit;
}
