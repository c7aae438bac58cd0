<?php
$pdo = new PDO('mysql:host=localhost;dbname=club;charset=utf8mb4', getenv('DB_USER'), getenv('DB_PASS'));
