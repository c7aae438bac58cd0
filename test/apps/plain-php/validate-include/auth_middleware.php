<?php
session_start();
require_once __DIR__ . '/helpers.php';

if (empty($_SESSION['auth_user'])) {
    redirect('/login.php');
}
