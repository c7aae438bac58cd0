<?php
$conn = new mysqli('localhost', getenv('DB_USER'), getenv('DB_PASS'), 'bakery');
