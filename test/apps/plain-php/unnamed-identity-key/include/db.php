<?php
$con = mysqli_connect('localhost', 'library', getenv('DB_PASSWORD') ?: '', 'library');
