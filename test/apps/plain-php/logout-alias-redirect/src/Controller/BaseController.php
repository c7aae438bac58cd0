<?php

namespace Notes\Controller;

abstract class BaseController
{
    protected function redirect(string $path): never
    {
        header('Location: ' . $path, true, 303);
        exit;
    }
}
