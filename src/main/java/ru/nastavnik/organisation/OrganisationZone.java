package ru.nastavnik.organisation;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;

/** The time zones of Russia, named as people know them: by a city and the difference from Moscow. */
public enum OrganisationZone {

	KALININGRAD("Europe/Kaliningrad", "Калининград (МСК−1)"),
	MOSCOW("Europe/Moscow", "Москва (МСК)"),
	SAMARA("Europe/Samara", "Самара (МСК+1)"),
	YEKATERINBURG("Asia/Yekaterinburg", "Екатеринбург (МСК+2)"),
	OMSK("Asia/Omsk", "Омск (МСК+3)"),
	KRASNOYARSK("Asia/Krasnoyarsk", "Красноярск (МСК+4)"),
	IRKUTSK("Asia/Irkutsk", "Иркутск (МСК+5)"),
	YAKUTSK("Asia/Yakutsk", "Якутск (МСК+6)"),
	VLADIVOSTOK("Asia/Vladivostok", "Владивосток (МСК+7)"),
	MAGADAN("Asia/Magadan", "Магадан (МСК+8)"),
	KAMCHATKA("Asia/Kamchatka", "Петропавловск-Камчатский (МСК+9)");

	private final ZoneId zoneId;

	private final String title;

	OrganisationZone(String zoneId, String title) {
		this.zoneId = ZoneId.of(zoneId);
		this.title = title;
	}

	public ZoneId zoneId() {
		return zoneId;
	}

	public String title() {
		return title;
	}

	public static Optional<OrganisationZone> of(ZoneId zoneId) {
		return Arrays.stream(values()).filter(zone -> zone.zoneId.equals(zoneId)).findFirst();
	}
}
