package ru.nastavnik.participant;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One read of a minor's record: who, when, which record, through which door, with what result. Never the data. */
@Entity
@Table(name = "access_log")
public class AccessLogEntry {

	public enum Channel {
		API("через API"), FORM("через форму задачи"), PAGE("на странице рабочего места"), EXPORT("в выгрузке баз");

		private final String title;

		Channel(String title) {
			this.title = title;
		}

		public String title() {
			return title;
		}
	}

	public enum Result {
		GRANTED("доступ разрешён"), DENIED("доступ запрещён");

		private final String title;

		Result(String title) {
			this.title = title;
		}

		public String title() {
			return title;
		}
	}

	/** The longest resource kept: a request's path and query are cut to fit. */
	static final int RESOURCE_LENGTH = 255;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String tenantId;

	private String login;

	private Instant accessedAt;

	private Long participantId;

	private String channel;

	private String resource;

	private String result;

	protected AccessLogEntry() {
	}

	AccessLogEntry(String tenantId, String login, Instant accessedAt, Long participantId, Channel channel,
			String resource, Result result) {
		this.tenantId = tenantId;
		this.login = login;
		this.accessedAt = accessedAt;
		this.participantId = participantId;
		this.channel = channel.name();
		this.resource = resource.length() > RESOURCE_LENGTH ? resource.substring(0, RESOURCE_LENGTH) : resource;
		this.result = result.name();
	}

	public String getTenantId() {
		return tenantId;
	}

	public String getLogin() {
		return login;
	}

	public Instant getAccessedAt() {
		return accessedAt;
	}

	public Long getParticipantId() {
		return participantId;
	}

	public String getChannel() {
		return channel;
	}

	public String getResource() {
		return resource;
	}

	public String getResult() {
		return result;
	}

	public String channelTitle() {
		return Channel.valueOf(channel).title();
	}

	public String resultTitle() {
		return Result.valueOf(result).title();
	}
}
