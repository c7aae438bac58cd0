<?php

use App\Entity\User;
use Symfony\Component\DependencyInjection\Loader\Configurator\ContainerConfigurator;
use Symfony\Component\Security\Core\User\PasswordAuthenticatedUserInterface;

return static function (ContainerConfigurator $container): void {
    $container->extension('security', [
        'password_hashers' => [
            PasswordAuthenticatedUserInterface::class => 'auto',
        ],
        'providers' => [
            'app_user_provider' => ['entity' => ['class' => User::class, 'property' => 'email']],
        ],
        'firewalls' => [
            'dev' => [
                'pattern' => '^/(_(profiler|wdt)|css|images|js)/',
                'security' => false,
            ],
            'main' => [
                'lazy' => true,
                'provider' => 'app_user_provider',
                'form_login' => [
                    'login_path' => 'app_login',
                    'check_path' => 'app_login',
                    'enable_csrf' => true,
                ],
                // Five failed logins per username and IP address per minute.
                'login_throttling' => ['max_attempts' => 5],
                'logout' => ['path' => 'app_logout'],
            ],
        ],
    ]);

    if ('test' === $container->env()) {
        // Functional tests log in through the form: no limit there.
        $container->extension('security', [
            'firewalls' => ['main' => ['form_login' => ['enable_csrf' => false]]],
        ]);
    }
};
