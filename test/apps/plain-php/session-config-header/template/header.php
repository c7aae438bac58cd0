<?php
require_once __DIR__ . '/../lib/session.php';
require_once __DIR__ . '/../lib/pdo.php';
?>
<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>Garage</title></head>
<body>
