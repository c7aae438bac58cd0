<?php
function db(): PDO
{
    static $pdo = null;
    return $pdo ??= new PDO('mysql:host=localhost;dbname=parking', getenv('DB_USER'), getenv('DB_PASS'));
}
