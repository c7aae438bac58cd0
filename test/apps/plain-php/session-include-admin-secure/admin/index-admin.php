<?php
require_once '../lib/session.php';
require_once '../lib/auth.php';
require_once '../lib/pdo.php';
require_once '../lib/car.php';
// A page that only lists: nothing to forge.
foreach (getCars($pdo, 20) as $car) {
    echo htmlspecialchars($car['name']), '<br>';
}
