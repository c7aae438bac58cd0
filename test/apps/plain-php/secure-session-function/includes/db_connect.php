<?php
$mysqli = new mysqli('localhost', getenv('DB_USER'), getenv('DB_PASS'), 'secure_login');
