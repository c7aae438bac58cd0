<?php
function redirect(string $url): void
{
    header('Location: ' . $url);
    exit;
}

function back_with(string $error): void
{
    $_SESSION['error'] = $error;
    redirect($_SERVER['HTTP_REFERER'] ?? '/posts/index.php');
}
