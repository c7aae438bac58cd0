<?php

namespace App\Controller\Api;

use App\Entity\Order;
use App\Entity\OrderLine;
use App\Form\OrderLineType;
use Doctrine\ORM\EntityManagerInterface;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Attribute\Route;

final class OrderLineController extends AbstractController
{
    #[Route('/orders/{id}/lines.json', name: 'order_line_add_json', methods: ['POST'])]
    public function add(Request $request, Order $order, EntityManagerInterface $entityManager): JsonResponse
    {
        $line = new OrderLine();
        $order->addLine($line);
        $form = $this->createForm(OrderLineType::class, $line);
        $form->submit($request->toArray());

        if (!$form->isValid()) {
            return $this->json(['errors' => (string) $form->getErrors(true)], 422);
        }
        $entityManager->flush();

        return $this->json(['id' => $line->getId()], 201);
    }
}
