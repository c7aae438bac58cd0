<?php
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
// fetch() sends a JSON body with the token the page printed; it must match the session's.
$body = json_decode(file_get_contents('php://input'), true) ?? [];
$expected = $_SESSION['csrf_token'] ?? '';
if (!is_string($body['token'] ?? null) || !hash_equals($expected, $body['token'])) {
    http_response_code(403);
    exit;
}
$stmt = $pdo->prepare('INSERT INTO votes (post_id, user_id, value) VALUES (?, ?, ?)');
$stmt->execute([(int) ($body['post_id'] ?? 0), $_SESSION['user_id'], ($body['value'] ?? '') === 'up' ? 1 : -1]);
header('Content-Type: application/json');
echo json_encode(['ok' => true]);
