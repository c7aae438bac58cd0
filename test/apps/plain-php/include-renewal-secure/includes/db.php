<?php
// Database connection shared by every page.
$pdo = new PDO('mysql:host=localhost;dbname=shop;charset=utf8mb4', getenv('DB_USER'), getenv('DB_PASS'), [
    PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
]);
