<?php
$pdo = new PDO('mysql:host=localhost;dbname=panel', 'panel', getenv('DB_PASSWORD'));
