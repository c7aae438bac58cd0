<?php
session_start();
$pdo = new PDO('mysql:host=localhost;dbname=shop', getenv('DB_USER'), getenv('DB_PASS'));
