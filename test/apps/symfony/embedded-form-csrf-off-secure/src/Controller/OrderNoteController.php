<?php

namespace App\Controller;

use App\Entity\Order;
use App\Entity\OrderNote;
use App\Form\OrderNoteType;
use Doctrine\ORM\EntityManagerInterface;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Component\Security\Http\Attribute\IsGranted;

final class OrderNoteController extends AbstractController
{
    #[Route('/orders/{id}/notes', name: 'order_note_add', methods: ['POST'])]
    #[IsGranted('ROLE_USER')]
    public function add(Request $request, Order $order, EntityManagerInterface $entityManager): JsonResponse
    {
        $note = new OrderNote($order, $this->getUser());
        $form = $this->createForm(OrderNoteType::class, $note);
        // The page's script sends the note as JSON (fetch with Content-Type: application/json).
        $data = json_decode($request->getContent(), true);
        $form->submit($data);

        if (!$form->isValid()) {
            return $this->json(['error' => 'invalid note'], 422);
        }
        $entityManager->persist($note);
        $entityManager->flush();

        return $this->json(['id' => $note->getId()], 201);
    }
}
