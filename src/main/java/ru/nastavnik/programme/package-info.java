/** The organisation's yearly programme of mentoring: its process, its roadmap plan and what each step records. */
package ru.nastavnik.programme;
