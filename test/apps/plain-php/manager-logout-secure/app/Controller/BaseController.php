<?php

namespace Kanban\Controller;

abstract class BaseController
{
    public function __construct(private readonly \ArrayAccess $container)
    {
    }

    // Services by name: $this->sessionManager, $this->response.
    public function __get(string $name): mixed
    {
        return $this->container[$name];
    }
}
