<?php
$pdo = new PDO('mysql:host=localhost;dbname=blog', 'blog', getenv('DB_PASSWORD'));
