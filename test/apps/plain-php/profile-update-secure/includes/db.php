<?php
$conn = mysqli_connect('localhost', getenv('DB_USER'), getenv('DB_PASS'), 'jobportal');
