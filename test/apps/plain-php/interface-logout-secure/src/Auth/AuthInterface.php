<?php

namespace Notes\Auth;

/** One interface, one adapter per user backend; the controller never knows which is configured. */
interface AuthInterface
{
    public function user(): ?array;

    public function forget(): void;
}
