<?php
// The session include mints a token, but this endpoint never compares it: a cross-site form can vote.
// expect: csrf
require_once __DIR__ . '/../includes/session.php';
require_once __DIR__ . '/../includes/db.php';

if (!isset($_SESSION['user_id'])) {
    http_response_code(401);
    exit;
}
if ($_SERVER['REQUEST_METHOD'] !== 'POST') {
    http_response_code(405);
    exit;
}
$postId = (int) ($_POST['post_id'] ?? 0);
$stmt = $pdo->prepare('INSERT INTO votes (post_id, user_id, value) VALUES (?, ?, ?)');
$stmt->execute([$postId, $_SESSION['user_id'], $_POST['value'] === 'up' ? 1 : -1]);
header('Content-Type: application/json');
echo json_encode(['ok' => true]);
