<?php
define('MAIN_URL', '/');
$mysql_conn = new mysqli('localhost', 'blog', getenv('DB_PASSWORD') ?: '', 'blog');
