<?php
$pdo = new PDO('mysql:host=localhost;dbname=garage', getenv('DB_USER'), getenv('DB_PASS'));
