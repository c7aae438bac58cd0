<?php

namespace App\Controller;

use App\Entity\Post;
use App\Form\CommentType;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Attribute\Route;

/** Comments posted by the mobile app with its API token: the form is filled from the JSON payload. */
final class CommentJsonController extends AbstractController
{
    #[Route('/posts/{id}/comments.json', methods: ['POST'])]
    public function create(Request $request, Post $post): JsonResponse
    {
        $form = $this->createForm(CommentType::class, null, [
            // ok: csrf
            'csrf_protection' => false,
        ]);
        $form->submit(json_decode($request->getContent(), true));

        return new JsonResponse(['valid' => $form->isValid()], $form->isValid() ? 201 : 400);
    }
}
