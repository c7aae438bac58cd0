<?php
session_start();

function renew_session(): void
{
    session_regenerate_id(true);
}

function current_user_id(): ?int
{
    return $_SESSION['user_id'] ?? null;
}
