<?php
if (session_status() === PHP_SESSION_NONE) {
    session_start();
}
require_once __DIR__ . '/lib/Auth.php';
$pdo = new PDO('sqlite:' . __DIR__ . '/data/notes.sqlite');
