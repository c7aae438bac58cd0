<?php

namespace App\Controller;

use App\Repository\DriverRepository;
use FOS\RestBundle\Controller\AbstractFOSRestController;
use FOS\RestBundle\Controller\Annotations as Rest;
use FOS\RestBundle\View\View;
use Lexik\Bundle\JWTAuthenticationBundle\Services\JWTTokenManagerInterface;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\RateLimiter\RateLimiterFactory;
use Symfony\Component\PasswordHasher\Hasher\UserPasswordHasherInterface;

class TokenController extends AbstractFOSRestController
{
    /** @SWG\Post(description="Exchanges an e-mail and password for a JWT") @Rest\Post("/api/drivers/authenticate") */
    public function authenticateAction(Request $request, DriverRepository $drivers, UserPasswordHasherInterface $hasher, JWTTokenManagerInterface $tokens, RateLimiterFactory $apiLoginLimiter): View
    {
        if (!$apiLoginLimiter->create($request->getClientIp())->consume(1)->isAccepted()) {
            return $this->view(['error' => 'Too many attempts.'], Response::HTTP_TOO_MANY_REQUESTS);
        }
        $driver = $drivers->findOneBy(['email' => $request->request->get('email')]);
        if ($driver === null || !$hasher->isPasswordValid($driver, (string) $request->request->get('password'))) {
            return $this->view(['error' => 'Invalid credentials.'], Response::HTTP_UNAUTHORIZED);
        }

        return $this->view(['token' => $tokens->create($driver)]);
    }

    /**
     * @Rest\Get("/api/drivers/authenticate")
     */
    public function describeAction(): View
    {
        return $this->view(['fields' => ['email', 'password']]);
    }
}
