package ru.nastavnik.pairing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.web.Attachments;

/**
 * The director's orders on pairs (roadmap step 19): a version with every version of the programme's orders, and the
 * version's PDF as it was shown. The director's form in Tasklist links to the PDF; like every {@code /api} resource it
 * asks the browser for the person's login and password.
 */
@RestController
@Tag(name = "Приказы о наставнических парах", description = "Версии приказов о закреплении пар и их PDF")
class PairingOrderController {

	private final PairingAccess access;

	private final PairingOrders orders;

	PairingOrderController(PairingAccess access, PairingOrders orders) {
		this.access = access;
		this.orders = orders;
	}

	record VersionView(Long id, PairingOrderKind kind, String kindTitle, String number, int version,
			PairingOrderStatus status, String statusTitle, LocalDate orderDate, String draftedBy, Instant draftedAt,
			String decidedBy, Instant decidedAt, String returnComment) {

		static VersionView of(PairingOrders.Version version) {
			return new VersionView(version.id(), version.kind(), version.kind().title(), version.number(),
					version.version(), version.status(), version.status().title(), version.orderDate(),
					version.draftedBy(), version.draftedAt(), version.decidedBy(), version.decidedAt(),
					version.returnComment());
		}
	}

	/** A version of the order, its programme and every version of the programme's orders. */
	record OrderView(@JsonUnwrapped VersionView order, Long programmeId, List<VersionView> versions) {
	}

	@GetMapping("/api/orders/{id}")
	@Operation(summary = "Версия приказа о наставнических парах со всеми версиями приказов программы")
	@Transactional(readOnly = true)
	OrderView get(@PathVariable Long id, Authentication authentication) {
		PairingOrder order = access.order(id, CurrentUser.of(authentication));
		List<VersionView> versions = versions(order.getProgrammeId());
		return new OrderView(versions.stream().filter(version -> version.id().equals(order.getId())).findFirst()
			.orElseThrow(), order.getProgrammeId(), versions);
	}

	@GetMapping(value = "/api/orders/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "Версия приказа в PDF, как она была показана руководителю (проект — с отметкой «Проект»)")
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> pdf(@PathVariable Long id, Authentication authentication) {
		PairingOrder order = access.order(id, CurrentUser.of(authentication));
		String fileName = "order-" + order.getNumber().replaceAll("[^\\p{L}\\p{N}-]+", "-") + "-v"
				+ order.getVersion() + ".pdf";
		return Attachments.inline(order.getDocument(), fileName, MediaType.APPLICATION_PDF);
	}

	@GetMapping("/api/programmes/{id}/orders")
	@Operation(summary = "Все версии приказов программы о наставнических парах")
	@Transactional(readOnly = true)
	List<VersionView> ofProgramme(@PathVariable Long id, Authentication authentication) {
		return versions(access.programme(id, CurrentUser.of(authentication), PairingAccess.ORDER_READERS).getId());
	}

	private List<VersionView> versions(Long programmeId) {
		return orders.versions(programmeId).stream().map(VersionView::of).toList();
	}
}
